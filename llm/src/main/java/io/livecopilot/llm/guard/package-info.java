/**
 * The pieces of {@link io.livecopilot.llm.FactGuard}: numbers and amounts in spoken Chinese, product mentions, the
 * facts each product backs, and the claim rules (price, promotion, stock, size, material, parameters, shipping,
 * after-sale, contacts, markup).
 */
package io.livecopilot.llm.guard;
