package org.jaxpresso;

/** A Java value that cannot become an array: ragged nesting, unsupported element class, … */
public class ArrayCreationException extends JaxpressoException {
    public ArrayCreationException(String message) { super(message); }
}
