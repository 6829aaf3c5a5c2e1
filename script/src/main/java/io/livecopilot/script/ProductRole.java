package io.livecopilot.script;

/** The role a product plays in a session, which decides its place and time in the run of show. */
public enum ProductRole {
    /** 引流款: low price, plenty of stock; opens the session and pulls viewers in. */
    TRAFFIC("traffic", "引流款"),
    /** 福利款: the deepest discount; keeps viewers staying. */
    DEAL("deal", "福利款"),
    /** 利润款: the products that earn the margin; the longest pitches. */
    MARGIN("margin", "利润款"),
    /** 形象款: the high-end piece that anchors the shop's quality. */
    IMAGE("image", "形象款");

    private final String wire;
    private final String label;

    ProductRole(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }
}
