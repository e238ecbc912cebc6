package org.jaxpresso.transform.jit.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.trace.ConcreteArray;
import org.jaxpresso.trace.JaxprEval;

/** What every pass must keep: a valid jaxpr with the same signature computing bit-identical values. */
final class PassChecks {
    private PassChecks() {}

    /** Checks {@code after} and that it evaluates bit-identically to {@code before} on {@code args}. */
    static void assertSameComputation(ClosedJaxpr before, ClosedJaxpr after, List<Array> args) {
        JaxprChecker.check(after);
        assertEquals(before.inAvals(), after.inAvals(), "invars");
        assertEquals(before.outAvals().stream().map(a -> a.shape() + " " + a.dtype()).toList(),
                after.outAvals().stream().map(a -> a.shape() + " " + a.dtype()).toList(), "outvar avals");
        assertBitIdentical(JaxprEval.eval(before, args), JaxprEval.eval(after, args));
    }

    static void assertBitIdentical(List<Array> expected, List<Array> actual) {
        assertEquals(expected.size(), actual.size(), "number of results");
        for (int k = 0; k < expected.size(); k++) {
            Array e = expected.get(k);
            Array a = actual.get(k);
            assertEquals(e.aval().shape(), a.aval().shape(), "shape of result " + k);
            assertEquals(e.aval().dtype(), a.aval().dtype(), "dtype of result " + k);
            Buffer eb = ((ConcreteArray) e).buffer();
            Buffer ab = ((ConcreteArray) a).buffer();
            for (int i = 0; i < eb.size(); i++) {
                String where = "result " + k + " element " + i;
                switch (eb.dtype().kind()) {
                    case BOOL -> assertEquals(eb.getBool(i), ab.getBool(i), where);
                    case INT -> assertEquals(eb.getLong(i), ab.getLong(i), where);
                    case FLOAT -> assertEquals(Double.doubleToLongBits(eb.getDouble(i)), Double.doubleToLongBits(ab.getDouble(i)),
                            where + ": " + eb.getDouble(i) + " vs " + ab.getDouble(i));
                }
            }
        }
    }
}
