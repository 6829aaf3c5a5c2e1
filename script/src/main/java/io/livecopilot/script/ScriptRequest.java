package io.livecopilot.script;

import io.livecopilot.core.LiveCopilotException;

import java.util.List;

/**
 * What to write: the products (ids, or {@code null} for the whole catalog), the session length, style, seed, speech
 * rate, the host persona and how often to interact. Built with {@link #builder()}, which resolves every default.
 */
public record ScriptRequest(List<String> productIds, int minutes, Style style, long seed, double charsPerSecond,
                            String persona, int interactionEveryMinutes) {

    public ScriptRequest {
        if (minutes < 1 || minutes > 24 * 60) throw LiveCopilotException.badInput("--minutes: must be between 1 and 1440, was " + minutes);
        if (!(charsPerSecond >= 1 && charsPerSecond <= 12)) throw LiveCopilotException.badInput("speech rate: must be between 1 and 12 characters a second, was " + charsPerSecond);
        if (interactionEveryMinutes < 5 || interactionEveryMinutes > 30) throw LiveCopilotException.badInput("interaction interval: must be 5 to 30 minutes, was " + interactionEveryMinutes);
        productIds = productIds == null ? null : List.copyOf(productIds);
        style = style == null ? Style.ENERGETIC : style;
        persona = persona == null || persona.isBlank() ? "小橙" : persona.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The total length in seconds. */
    public int seconds() {
        return minutes * 60;
    }

    /** Builder with defaults: all products, 60 minutes, 热情, seed 1, 4 characters a second, persona 小橙, interaction every 12 minutes. */
    public static final class Builder {
        private List<String> productIds;
        private int minutes = 60;
        private Style style = Style.ENERGETIC;
        private long seed = 1;
        private double charsPerSecond = 4.0;
        private String persona = "小橙";
        private int interactionEveryMinutes = 12;

        public Builder products(List<String> ids) { this.productIds = ids; return this; }

        public Builder minutes(int m) { this.minutes = m; return this; }

        public Builder style(Style s) { this.style = s; return this; }

        public Builder seed(long s) { this.seed = s; return this; }

        public Builder charsPerSecond(double r) { this.charsPerSecond = r; return this; }

        public Builder persona(String p) { this.persona = p; return this; }

        public Builder interactionEveryMinutes(int m) { this.interactionEveryMinutes = m; return this; }

        public ScriptRequest build() {
            return new ScriptRequest(productIds, minutes, style, seed, charsPerSecond, persona, interactionEveryMinutes);
        }
    }
}
