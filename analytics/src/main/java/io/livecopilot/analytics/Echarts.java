package io.livecopilot.analytics;

import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bundled Apache ECharts 5.6.0 (Apache-2.0, {@code echarts.min.js} from the npm package), so that reports and
 * pages draw charts offline. Resource: {@value #RESOURCE}; license and notice next to it.
 */
public final class Echarts {
    /** The classpath resource of the minified library. */
    public static final String RESOURCE = "io/livecopilot/analytics/echarts.min.js";
    /** The bundled version. */
    public static final String VERSION = "5.6.0";

    private Echarts() {}

    /** The library's source, to inline in a {@code <script>} element or to serve as a file. */
    public static String script() {
        try (InputStream in = Echarts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw LiveCopilotException.internal("the bundled ECharts is missing: " + RESOURCE, null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot read the bundled ECharts", e);
        }
    }
}
