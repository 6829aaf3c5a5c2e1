package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.nlu.Entities;

import java.util.Optional;

/**
 * Fills two gaps the understander may leave that the assistant needs for a grounded answer: a link number written as
 * "N号" that names a product of the catalog, and a child's height ("身高125", "105cm") below the adult range. Values
 * the understander found are never changed.
 */
final class Gaps {
    private Gaps() {}

    static Entities fill(Entities e, String text, Catalog catalog) {
        if (text == null || text.isEmpty()) return e;
        Integer link = e.linkNo();
        String product = e.product();
        java.util.List<String> products = e.products();
        if (product == null && link == null) {
            int n = linkNumber(text);
            if (n > 0) {
                Optional<Product> p = catalog.byLinkNo(n);
                if (p.isPresent()) {
                    link = n;
                    product = p.get().id();
                    products = java.util.List.of(product);
                }
            }
        }
        Integer height = e.heightCm();
        if (height == null) height = height(text);
        if (link == e.linkNo() && height == e.heightCm()) return e;
        return new Entities(link, product, products, e.size(), e.color(), height, e.weightKg(), e.budget(), e.quantity(), e.region());
    }

    /** The N of the first "N号" (not "N号码"), or -1. */
    static int linkNumber(String t) {
        int i = t.indexOf('号');
        while (i > 0) {
            int j = i;
            while (j > 0 && Character.isDigit(t.charAt(j - 1)) && i - j < 3) j--;
            boolean code = i + 1 < t.length() && t.charAt(i + 1) == '码';
            if (j < i && !code) return Integer.parseInt(t.substring(j, i));
            i = t.indexOf('号', i + 1);
        }
        return -1;
    }

    /** A height from "身高125" or "125cm/厘米/公分" between 50 and 230 cm, or {@code null}. */
    static Integer height(String t) {
        if (!mayHaveHeight(t)) return null;
        int k = t.indexOf("身高");
        if (k >= 0) {
            int a = k + 2;
            while (a < t.length() && (t.charAt(a) == ' ' || t.charAt(a) == '是' || t.charAt(a) == ':' || t.charAt(a) == '：')) a++;
            Integer v = number(t, a);
            if (v != null) return v;
        }
        for (String unit : new String[]{"cm", "厘米", "公分"}) {
            int u = t.indexOf(unit);
            if (u > 0) {
                int a = u;
                while (a > 0 && Character.isDigit(t.charAt(a - 1))) a--;
                Integer v = a < u ? number(t, a) : null;
                if (v != null) return v;
            }
        }
        return null;
    }

    /** Whether {@code t} has 身, c, 厘 or 公: the first characters of 身高, cm, 厘米 and 公分, without which {@link #height} finds none. */
    private static boolean mayHaveHeight(String t) {
        return t.indexOf('身') >= 0 || t.indexOf('c') >= 0 || t.indexOf('厘') >= 0 || t.indexOf('公') >= 0;
    }

    private static Integer number(String t, int a) {
        int b = a;
        while (b < t.length() && Character.isDigit(t.charAt(b)) && b - a < 3) b++;
        if (b == a || b < t.length() && Character.isDigit(t.charAt(b))) return null;
        int v = Integer.parseInt(t.substring(a, b));
        return v >= 50 && v <= 230 ? v : null;
    }
}
