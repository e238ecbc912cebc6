package org.jaxpresso;

import org.jaxpresso.core.Scatter;
import org.jaxpresso.numpy.Indexing;

/**
 * {@code x.at[idx]}: the place for a functional update, returned by {@link Array#at(Object...)}.
 * Each method returns a new array (the original is unchanged), as JAX's {@code .at[…]} does;
 * updates at out-of-bounds indices are dropped.
 */
public final class AtRef {
    private final Array x;
    private final Object[] items;

    AtRef(Array x, Object[] items) {
        this.x = x;
        this.items = items == null ? new Object[] {null} : items.clone();
    }

    /** {@code x.at[idx].get()}: the same as {@code x.get(idx)}. */
    public Array get() { return Indexing.get(x, items); }

    /** {@code x.at[idx].set(y)}: {@code scatter}. */
    public Array set(Object y) { return Indexing.scatter(x, items, y, Scatter.Op.SET); }

    /** {@code x.at[idx].add(y)}: {@code scatter-add}; repeated indices accumulate. */
    public Array add(Object y) { return Indexing.scatter(x, items, y, Scatter.Op.ADD); }

    /** {@code x.at[idx].multiply(y)}: {@code scatter-mul}. */
    public Array mul(Object y) { return Indexing.scatter(x, items, y, Scatter.Op.MUL); }

    /** {@code x.at[idx].multiply(y)}, under JAX's name. */
    public Array multiply(Object y) { return mul(y); }

    /** {@code x.at[idx].min(y)}: {@code scatter-min}. */
    public Array min(Object y) { return Indexing.scatter(x, items, y, Scatter.Op.MIN); }

    /** {@code x.at[idx].max(y)}: {@code scatter-max}. */
    public Array max(Object y) { return Indexing.scatter(x, items, y, Scatter.Op.MAX); }
}
