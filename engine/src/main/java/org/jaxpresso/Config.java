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

    private volatile boolean x64 = initialX64();

    private Config() {}

    public static Config get() { return INSTANCE; }

    private static boolean initialX64() {
        String v = System.getProperty("jaxpresso.enable_x64", System.getenv("JAX_ENABLE_X64"));
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    public boolean x64Enabled() { return x64; }

    public Config enableX64(boolean on) {
        x64 = on;
        return this;
    }

    /** JAX's spelling: {@code update("jax_enable_x64", true)}. */
    public Config update(String name, Object value) {
        if (name.equals("jax_enable_x64") || name.equals("enable_x64")) {
            return enableX64(Boolean.TRUE.equals(value) || "1".equals(String.valueOf(value)));
        }
        throw new JaxpressoException("Unrecognized config option: " + name + ". Known options: jax_enable_x64.");
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
