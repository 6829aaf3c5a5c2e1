package io.livecopilot.core.catalog;

/** The shop that sells in the room, with its default shipping and after-sale policies. */
public record Shop(String name, ShippingPolicy shipping, AftersalePolicy aftersale) {
    public static final Shop UNKNOWN = new Shop(null, ShippingPolicy.UNKNOWN, AftersalePolicy.UNKNOWN);

    public Shop {
        shipping = shipping == null ? ShippingPolicy.UNKNOWN : shipping;
        aftersale = aftersale == null ? AftersalePolicy.UNKNOWN : aftersale;
    }
}
