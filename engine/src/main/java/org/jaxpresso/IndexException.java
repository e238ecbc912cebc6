package org.jaxpresso;

/** An index outside an array's bounds, or an indexing expression that cannot be applied. */
public class IndexException extends JaxpressoException {
    public IndexException(String message) { super(message); }
}
