package org.jaxpresso.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jaxpresso.Config;
import org.jaxpresso.Device;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.backend.cpu.CpuBackend;
import org.jaxpresso.backend.opencl.OpenClBackend;
import org.jaxpresso.backend.opencl.OpenClPlatforms;

/**
 * The devices and which backend runs on each. Uncommitted arrays run on the default device
 * ({@link Config#platform()}); a backend set with {@link #setCurrent} overrides that (tests).
 */
public final class Backends {
    private static final Backend CPU = new CpuBackend();
    private static final Map<Integer, OpenClBackend> OPENCL = new ConcurrentHashMap<>();
    private static volatile Backend override;
    private static volatile boolean warnedNoOpenCl;

    private Backends() {}

    /** The backend eager operations on uncommitted arrays run on. */
    public static Backend current() {
        Backend b = override;
        return b != null ? b : forDevice(defaultDevice());
    }

    /** Runs uncommitted operations on {@code b} from now on; {@code null} goes back to the configured default. */
    public static void setCurrent(Backend b) { override = b; }

    /** The CPU, then every OpenCL device. */
    public static List<Device> devices() {
        List<Device> out = new ArrayList<>(List.of(Device.CPU));
        for (int i = 0; i < OpenClPlatforms.deviceCount(); i++) out.add(openClDevice(i));
        return out;
    }

    /** The devices of {@code platform}; an unknown or absent platform is an error that says why. */
    public static List<Device> devices(String platform) {
        List<Device> out = devices().stream().filter(d -> d.platform().equals(platform)).toList();
        if (out.isEmpty()) {
            String why = platform.equals("opencl") ? ": " + OpenClPlatforms.problem() : "";
            throw new JaxpressoException("Unknown backend: '" + platform + "' requested, but no devices of it are present" + why + ".");
        }
        return out;
    }

    /** The first device of the configured platform; the CPU (after a one-line warning) when OpenCL is asked for but absent. */
    public static Device defaultDevice() {
        if (!Config.get().platform().equals("opencl")) return Device.CPU;
        if (OpenClPlatforms.available()) return openClDevice(0);
        if (!warnedNoOpenCl) {
            warnedNoOpenCl = true;
            System.err.println("[jaxpresso] platform 'opencl' was requested but there is no OpenCL device ("
                    + OpenClPlatforms.problem() + "); running on the CPU.");
        }
        return Device.CPU;
    }

    /** The backend of {@code d}, opened on first use and kept for the JVM's lifetime. */
    public static Backend forDevice(Device d) {
        if (d.platform().equals("cpu")) return CPU;
        if (d.id() >= OpenClPlatforms.deviceCount()) throw new JaxpressoException("No such device: " + d + ".");
        return OPENCL.computeIfAbsent(d.id(), OpenClBackend::open);
    }

    private static Device openClDevice(int i) {
        return new Device("opencl", i, OpenClPlatforms.name(i), OpenClPlatforms.describe(i));
    }
}
