package org.jaxpresso.kernel.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One value's representations, keyed by MIME type, as an {@code execute_result} or
 * {@code display_data} message carries them. {@code text/plain} is always there.
 */
public record MimeBundle(Map<String, String> data) {
    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";

    public MimeBundle {
        Objects.requireNonNull(data.get(TEXT_PLAIN), "a bundle always has text/plain");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static MimeBundle text(String plain) {
        return new MimeBundle(Map.of(TEXT_PLAIN, plain));
    }

    public static MimeBundle textAndHtml(String plain, String html) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(TEXT_PLAIN, plain);
        m.put(TEXT_HTML, html);
        return new MimeBundle(m);
    }

    public String plain() { return data.get(TEXT_PLAIN); }

    /** The HTML form, or null when there is none. */
    public String html() { return data.get(TEXT_HTML); }
}
