package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jaxpresso.Index;
import org.jaxpresso.IndexException;
import org.junit.jupiter.api.Test;

class IndexParserTest {
    @Test
    void slicesIntsAndMarkers() {
        assertEquals(List.of(Index.ALL, Index.slice(1, 4)), IndexParser.parse(":, 1:4"));
        assertEquals(List.of(Index.slice(null, null, -1)), IndexParser.parse("::-1"));
        assertEquals(List.of(Index.ELLIPSIS, Index.NEW_AXIS), IndexParser.parse("..., None"));
        assertEquals(List.of(0, -2, Index.slice(2, null, 3)), IndexParser.parse("0, -2, 2::3"));
        assertEquals(List.of(Index.slice(-3, null)), IndexParser.parse("-3:"));
    }

    @Test
    void badTextIsAnIndexException() {
        assertThrows(IndexException.class, () -> IndexParser.parse("1:2:3:4"));
        assertThrows(IndexException.class, () -> IndexParser.parse("a"));
        assertEquals("slice step cannot be zero", assertThrows(IndexException.class, () -> IndexParser.parse("::0")).getMessage());
    }

    @Test
    void sliceIndicesMatchPython() {
        // slice(None, None, -1).indices(5) == (4, -1, -1); slice(-3, None).indices(5) == (2, 5, 1); slice(1, 100, 2).indices(5) == (1, 5, 2)
        assertEquals(List.of(4, -1, -1), List.of(box(Index.slice(null, null, -1).indices(5))));
        assertEquals(List.of(2, 5, 1), List.of(box(Index.slice(-3, null).indices(5))));
        assertEquals(List.of(1, 5, 2), List.of(box(Index.slice(1, 100, 2).indices(5))));
        assertEquals(3, Index.slice(1, 100, 2).length(6));
        assertEquals(0, Index.slice(4, 1).length(6));
    }

    private static Integer[] box(int[] a) { return java.util.Arrays.stream(a).boxed().toArray(Integer[]::new); }
}
