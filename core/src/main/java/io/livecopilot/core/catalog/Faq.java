package io.livecopilot.core.catalog;

/** A question viewers ask about a product, with the shop's answer. */
public record Faq(String q, String a) {}
