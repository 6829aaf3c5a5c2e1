package io.livecopilot.script;

/** The kind of a run-of-show segment, with its contract name in the script JSON (spec/cli.md). */
public enum SegmentKind {
    OPENING("opening", "开场"),
    PITCH("pitch", "讲解"),
    INTERACTION("interaction", "互动"),
    PROMO("promo", "促单"),
    RETURN("return", "返场"),
    CLOSING("closing", "结束");

    private final String wire;
    private final String label;

    SegmentKind(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** The name in script JSON: "opening", "pitch", … */
    public String wire() {
        return wire;
    }

    /** The Chinese label shown to hosts. */
    public String label() {
        return label;
    }

    public static SegmentKind ofWire(String s) {
        for (SegmentKind k : values()) if (k.wire.equals(s)) return k;
        throw new IllegalArgumentException("unknown segment kind \"" + s + "\"");
    }
}
