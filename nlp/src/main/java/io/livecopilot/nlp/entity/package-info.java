/** Entity extraction from normalized comments: link numbers, products against the catalog, sizes, colours, body measures, budget, quantity, region. */
package io.livecopilot.nlp.entity;
