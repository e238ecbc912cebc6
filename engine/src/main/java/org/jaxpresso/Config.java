package org.jaxpresso;

/**
 * Global switches, as {@code jax.config}. 64-bit types are off by default exactly as in JAX:
 * float64 and int64 inputs become float32 and int32. Turn them on before creating arrays with
 * {@code Jax.config().update("jax_enable_x64", true)} or {@link #enableX64(boolean)}; the
 * system property {@code jaxpresso.enable_x64} or the environment variable
 * {@code JAX_ENABLE_X64} set the initial value.
 */
public final class Config {
    private static final Config INSTANCE = new Config();

    /** The platforms a default device can be chosen from. */
    public static final java.util.List<String> PLATFORMS = java.util.List.of("cpu", "opencl");

    private volatile boolean x64 = initialX64();
    private volatile String platform = initialPlatform();

    private Config() {}

    public static Config get() { return INSTANCE; }

    private static boolean initialX64() {
        String v = System.getProperty("jaxpresso.enable_x64", System.getenv("JAX_ENABLE_X64"));
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    private static String initialPlatform() {
        String v = System.getProperty("jaxpresso.platform", System.getenv("JAXPRESSO_PLATFORM"));
        return v == null || v.isBlank() ? "cpu" : checkPlatform(v);
    }

    private static String checkPlatform(String v) {
        String p = v.trim().toLowerCase(java.util.Locale.ROOT);
        if (!PLATFORMS.contains(p)) throw new JaxpressoException("Unknown platform '" + v + "'. Known platforms: cpu, opencl.");
        return p;
    }

    public boolean x64Enabled() { return x64; }

    /**
     * The platform whose first device runs uncommitted arrays: {@code "cpu"} (the default) or
     * {@code "opencl"}; set by {@code JAXPRESSO_PLATFORM}, {@code -Djaxpresso.platform} or
     * {@code update("jax_platforms", …)}. Without an OpenCL device, {@code "opencl"} falls back to the CPU with a warning.
     */
    public String platform() { return platform; }

    public Config platform(String name) {
        platform = checkPlatform(name);
        return this;
    }

    public Config enableX64(boolean on) {
        x64 = on;
        return this;
    }

    /** JAX's spelling: {@code update("jax_enable_x64", true)}. */
    public Config update(String name, Object value) {
        if (name.equals("jax_enable_x64") || name.equals("enable_x64")) {
            return enableX64(Boolean.TRUE.equals(value) || "1".equals(String.valueOf(value)));
        }
        if (name.equals("jax_platforms") || name.equals("jax_platform_name")) return platform(String.valueOf(value));
        throw new JaxpressoException("Unrecognized config option: " + name + ". Known options: jax_enable_x64, jax_platforms.");
    }

    /** The type an input of {@code t} gets: float64 becomes float32 and int64 int32 unless x64 is on. */
    public DType canonicalize(DType t) {
        if (x64) return t;
        return switch (t) {
            case FLOAT64 -> DType.FLOAT32;
            case INT64 -> DType.INT32;
            default -> t;
        };
    }

    /** The dtype of Java {@code double} scalars and of {@code float} arrays without x64. */
    public DType defaultFloat() { return x64 ? DType.FLOAT64 : DType.FLOAT32; }

    /** The dtype of Java {@code int}/{@code long} scalars and of {@code arange} results. */
    public DType defaultInt() { return x64 ? DType.INT64 : DType.INT32; }
}
