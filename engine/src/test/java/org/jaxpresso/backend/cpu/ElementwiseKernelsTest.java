package org.jaxpresso.backend.cpu;

import static org.jaxpresso.testkit.Samples.assertAllClose;
import static org.jaxpresso.testkit.Samples.bool;
import static org.jaxpresso.testkit.Samples.f32;
import static org.jaxpresso.testkit.Samples.i32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.jaxpresso.core.Round;
import org.junit.jupiter.api.Test;

/**
 * Elementwise primitives through {@link Lax} on concrete arrays. Expected float values were
 * generated once with numpy (float64 math on the float32 inputs, rounded to float32).
 */
class ElementwiseKernelsTest {
    private static final float[] X = {-2.5f, -0.5f, 0f, 0.3f, 1f, 2f};
    private static final float[] POSITIVE = {0.1f, 0.5f, 1f, 2f, 4f};
    private static final float[] UNIT = {-0.9f, -0.5f, 0f, 0.25f, 0.75f};
    private static final float NAN = Float.NaN;
    private static final float INF = Float.POSITIVE_INFINITY;

    private static void check(UnaryOperator<Array> f, float[] in, float[] expected) {
        Array r = f.apply(f32(in, in.length));
        assertEquals(DType.FLOAT32, r.dtype());
        assertArrayEquals(new int[] {in.length}, r.shape().dims());
        assertAllClose(expected, r.toFloatArray(), 2e-6, 1e-7);
    }

    @Test
    void transcendentalFunctionsMatchNumpy() {
        check(Lax::exp, X, new float[] {0.08208499848842621f, 0.6065306663513184f, 1.0f, 1.3498588800430298f, 2.7182817459106445f, 7.389056205749512f});
        check(Lax::exp2, X, new float[] {0.1767766922712326f, 0.7071067690849304f, 1.0f, 1.2311444282531738f, 2.0f, 4.0f});
        check(Lax::expm1, X, new float[] {-0.9179149866104126f, -0.39346933364868164f, 0.0f, 0.349858820438385f, 1.718281865119934f, 6.389056205749512f});
        check(Lax::tanh, X, new float[] {-0.9866142868995667f, -0.46211716532707214f, 0.0f, 0.29131263494491577f, 0.7615941762924194f, 0.9640275835990906f});
        check(Lax::logistic, X, new float[] {0.07585818320512772f, 0.3775406777858734f, 0.5f, 0.5744425058364868f, 0.7310585975646973f, 0.8807970881462097f});
        check(Lax::sin, X, new float[] {-0.5984721183776855f, -0.4794255495071411f, 0.0f, 0.29552021622657776f, 0.8414709568023682f, 0.9092974066734314f});
        check(Lax::cos, X, new float[] {-0.8011435866355896f, 0.8775825500488281f, 1.0f, 0.9553365111351013f, 0.5403022766113281f, -0.416146844625473f});
        check(Lax::tan, X, new float[] {0.747022271156311f, -0.5463024973869324f, 0.0f, 0.30933627486228943f, 1.5574077367782593f, -2.185039758682251f});
        check(Lax::atan, X, new float[] {-1.1902899742126465f, -0.46364760398864746f, 0.0f, 0.29145681858062744f, 0.7853981852531433f, 1.1071487665176392f});
        check(Lax::sinh, X, new float[] {-6.050204277038574f, -0.5210952758789062f, 0.0f, 0.30452030897140503f, 1.175201177597046f, 3.6268603801727295f});
        check(Lax::cosh, X, new float[] {6.132289409637451f, 1.1276259422302246f, 1.0f, 1.04533851146698f, 1.5430806875228882f, 3.762195587158203f});
        check(Lax::asinh, X, new float[] {-1.647231101989746f, -0.4812118113040924f, 0.0f, 0.29567307233810425f, 0.8813735842704773f, 1.4436354637145996f});
        check(Lax::cbrt, X, new float[] {-1.3572088479995728f, -0.7937005162239075f, 0.0f, 0.6694329380989075f, 1.0f, 1.2599210739135742f});
        check(Lax::log, POSITIVE, new float[] {-2.3025851249694824f, -0.6931471824645996f, 0.0f, 0.6931471824645996f, 1.3862943649291992f});
        check(Lax::log1p, POSITIVE, new float[] {0.09531018137931824f, 0.40546509623527527f, 0.6931471824645996f, 1.0986123085021973f, 1.6094379425048828f});
        check(Lax::sqrt, POSITIVE, new float[] {0.3162277638912201f, 0.7071067690849304f, 1.0f, 1.4142135381698608f, 2.0f});
        check(Lax::rsqrt, POSITIVE, new float[] {3.1622776985168457f, 1.4142135381698608f, 1.0f, 0.7071067690849304f, 0.5f});
        check(Lax::acosh, new float[] {1.1f, 1.5f, 2f, 3f, 5f}, new float[] {0.44356825947761536f, 0.9624236226081848f, 1.316957950592041f, 1.7627471685409546f, 2.292431592941284f});
        check(Lax::asin, UNIT, new float[] {-1.11976957321167f, -0.5235987901687622f, 0.0f, 0.252680242061615f, 0.8480620980262756f});
        check(Lax::acos, UNIT, new float[] {2.690565824508667f, 2.094395160675049f, 1.5707963705062866f, 1.3181160688400269f, 0.722734272480011f});
        check(Lax::atanh, UNIT, new float[] {-1.472219467163086f, -0.5493061542510986f, 0.0f, 0.2554128170013428f, 0.972955048084259f});
    }

    @Test
    void simpleFloatFunctions() {
        check(Lax::sign, X, new float[] {-1, -1, 0, 1, 1, 1});
        check(Lax::floor, X, new float[] {-3, -1, 0, 0, 1, 2});
        check(Lax::ceil, X, new float[] {-2, -0f, 0, 1, 1, 2});
        check(Lax::abs, X, new float[] {2.5f, 0.5f, 0, 0.3f, 1, 2});
        check(Lax::neg, X, new float[] {2.5f, 0.5f, -0f, -0.3f, -1, -2});
        check(Lax::square, X, new float[] {6.25f, 0.25f, 0, 0.09f, 1, 4});
        check(Lax::exp, new float[] {NAN, INF, -INF}, new float[] {NAN, INF, 0});
        check(Lax::log, new float[] {0, -1}, new float[] {-INF, NAN});
        check(Lax::sign, new float[] {NAN}, new float[] {NAN});
    }

    @Test
    void isFiniteGivesBool() {
        Array r = Lax.isFinite(f32(new float[] {1, NAN, INF, -INF, -0f}, 5));
        assertEquals(DType.BOOL, r.dtype());
        assertArrayEquals(new boolean[] {true, false, false, false, true}, r.toBooleanArray());
    }

    @Test
    void integerUnaryOpsWrap() {
        int min = Integer.MIN_VALUE;
        Array x = i32(new int[] {-3, 0, 5, min, Integer.MAX_VALUE}, 5);
        assertArrayEquals(new int[] {3, 0, -5, min, -Integer.MAX_VALUE}, Lax.neg(x).toIntArray());
        assertArrayEquals(new int[] {3, 0, 5, min, Integer.MAX_VALUE}, Lax.abs(x).toIntArray());
        assertArrayEquals(new int[] {-1, 0, 1, -1, 1}, Lax.sign(x).toIntArray());
        assertArrayEquals(new int[] {2, -1, -6, Integer.MAX_VALUE, min}, Lax.bitwiseNot(x).toIntArray());
        // 65536² = 2^32 wraps to 0; 46341² = 2147488281 wraps to -2147479015
        assertArrayEquals(new int[] {0, -2147479015}, Lax.square(i32(new int[] {65536, 46341}, 2)).toIntArray());
    }

    @Test
    void notOnBoolIsLogical() {
        assertArrayEquals(new boolean[] {false, true}, Lax.bitwiseNot(bool(new boolean[] {true, false}, 2)).toBooleanArray());
    }

    @Test
    void roundBothMethods() {
        float[] in = {0.5f, 1.5f, 2.5f, -0.5f, -1.5f, -2.5f, 2.4f, -2.6f, 0.49999997f};
        Array x = f32(in, in.length);
        assertArrayEquals(new float[] {1, 2, 3, -1, -2, -3, 2, -3, 0}, Lax.round(x).toFloatArray());
        assertArrayEquals(new float[] {0, 2, 2, -0f, -2, -2, 2, -3, 0}, Lax.round(x, Round.RoundingMethod.TO_NEAREST_EVEN).toFloatArray());
        assertArrayEquals(new float[] {NAN, INF}, Lax.round(f32(new float[] {NAN, INF}, 2)).toFloatArray());
    }

    @Test
    void integerPow() {
        Array x = f32(new float[] {2, -3, 0.5f}, 3);
        assertArrayEquals(new float[] {8, -27, 0.125f}, Lax.integerPow(x, 3).toFloatArray());
        assertArrayEquals(new float[] {1, 1, 1}, Lax.integerPow(x, 0).toFloatArray());
        assertArrayEquals(new float[] {0.25f, 1f / 9, 4}, Lax.integerPow(x, -2).toFloatArray());
        assertArrayEquals(new float[] {INF}, Lax.integerPow(f32(new float[] {0}, 1), -1).toFloatArray());
        Array n = i32(new int[] {2, -3, 7}, 3);
        assertArrayEquals(new int[] {1024, 59049, 282475249}, Lax.integerPow(n, 10).toIntArray());
        // 2^31 wraps to MIN_VALUE; 4^31 = 2^62 wraps to 0
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 0}, Lax.integerPow(i32(new int[] {2, 4}, 2), 31).toIntArray());
    }

    @Test
    void floatArithmetic() {
        Array a = f32(new float[] {1, -1, -3, 0.5f}, 4);
        Array b = f32(new float[] {2, 2, -0.5f, 0}, 4);
        assertArrayEquals(new float[] {3, 1, -3.5f, 0.5f}, Lax.add(a, b).toFloatArray());
        assertArrayEquals(new float[] {-1, -3, -2.5f, 0.5f}, Lax.sub(a, b).toFloatArray());
        assertArrayEquals(new float[] {2, -2, 1.5f, 0}, Lax.mul(a, b).toFloatArray());
        assertArrayEquals(new float[] {0.5f, -0.5f, 6, INF}, Lax.div(a, b).toFloatArray());
        assertAllClose(new float[] {0.46364760398864746f, -0.46364760398864746f, -1.7359449863433838f, 1.5707963705062866f},
                Lax.atan2(a, b).toFloatArray());
        assertArrayEquals(new float[] {8, 3, 4, 1},
                Lax.pow(f32(new float[] {2, 9, 0.5f, 4}, 4), f32(new float[] {3, 0.5f, -2, 0}, 4)).toFloatArray());
        // C fmod: the sign of the dividend
        assertArrayEquals(new float[] {1.5f, -1.5f, 1.5f, -1.5f, NAN},
                Lax.rem(f32(new float[] {5.5f, -5.5f, 5.5f, -5.5f, 1}, 5), f32(new float[] {2, 2, -2, -2, 0}, 5)).toFloatArray());
        // float32 rounding: 16777216 + 1 is not representable
        assertArrayEquals(new float[] {16777216f}, Lax.add(f32(new float[] {16777216f}, 1), f32(new float[] {1}, 1)).toFloatArray());
    }

    @Test
    void maxMinPropagateNaN() {
        Array a = f32(new float[] {1, NAN, 3, -INF}, 4);
        Array b = f32(new float[] {2, 0, NAN, 5}, 4);
        assertArrayEquals(new float[] {2, NAN, NAN, 5}, Lax.max(a, b).toFloatArray());
        assertArrayEquals(new float[] {1, NAN, NAN, -INF}, Lax.min(a, b).toFloatArray());
    }

    @Test
    void integerArithmeticWrapsAndTruncates() {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        assertArrayEquals(new int[] {min, max}, Lax.add(i32(new int[] {max, min}, 2), i32(new int[] {1, -1}, 2)).toIntArray());
        assertArrayEquals(new int[] {-2}, Lax.mul(i32(new int[] {max}, 1), i32(new int[] {2}, 1)).toIntArray());
        Array a = i32(new int[] {7, -7, 7, -7}, 4);
        Array b = i32(new int[] {2, 2, -2, -2}, 4);
        assertArrayEquals(new int[] {3, -3, -3, 3}, Lax.div(a, b).toIntArray());
        assertArrayEquals(new int[] {1, -1, 1, -1}, Lax.rem(a, b).toIntArray());
        assertArrayEquals(new int[] {7, 2, 7, -2}, Lax.max(a, b).toIntArray());
        assertArrayEquals(new int[] {2, -7, -2, -7}, Lax.min(a, b).toIntArray());
    }

    @Test
    void integerDivisionByZeroIsDefined() {
        // chosen as XLA: x / 0 == -1, x % 0 == x; MIN / -1 wraps to MIN, MIN % -1 == 0
        int min = Integer.MIN_VALUE;
        Array a = i32(new int[] {5, -5, 0, min}, 4);
        Array b = i32(new int[] {0, 0, 0, -1}, 4);
        assertArrayEquals(new int[] {-1, -1, -1, min}, Lax.div(a, b).toIntArray());
        assertArrayEquals(new int[] {5, -5, 0, 0}, Lax.rem(a, b).toIntArray());
    }

    @Test
    void bitwiseOps() {
        Array a = i32(new int[] {12, -1, 5}, 3);
        Array b = i32(new int[] {10, 7, 0}, 3);
        assertArrayEquals(new int[] {8, 7, 0}, Lax.bitwiseAnd(a, b).toIntArray());
        assertArrayEquals(new int[] {14, -1, 5}, Lax.bitwiseOr(a, b).toIntArray());
        assertArrayEquals(new int[] {6, -8, 5}, Lax.bitwiseXor(a, b).toIntArray());
        Array p = bool(new boolean[] {true, true, false, false}, 4);
        Array q = bool(new boolean[] {true, false, true, false}, 4);
        assertArrayEquals(new boolean[] {true, false, false, false}, Lax.bitwiseAnd(p, q).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true, true, false}, Lax.bitwiseOr(p, q).toBooleanArray());
        assertArrayEquals(new boolean[] {false, true, true, false}, Lax.bitwiseXor(p, q).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true, true, false}, Lax.max(p, q).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, false, false}, Lax.min(p, q).toBooleanArray());
    }

    @Test
    void comparisonsGiveBoolAndHandleNaN() {
        Array a = f32(new float[] {1, 2, NAN, 3}, 4);
        Array b = f32(new float[] {2, 2, NAN, 1}, 4);
        Array eq = Lax.eq(a, b);
        assertEquals(DType.BOOL, eq.dtype());
        assertArrayEquals(new boolean[] {false, true, false, false}, eq.toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, true, true}, Lax.ne(a, b).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, false, false}, Lax.lt(a, b).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true, false, false}, Lax.le(a, b).toBooleanArray());
        assertArrayEquals(new boolean[] {false, false, false, true}, Lax.gt(a, b).toBooleanArray());
        assertArrayEquals(new boolean[] {false, true, false, true}, Lax.ge(a, b).toBooleanArray());
        Array i = i32(new int[] {-1, 0, Integer.MIN_VALUE}, 3);
        Array j = i32(new int[] {0, 0, Integer.MAX_VALUE}, 3);
        assertArrayEquals(new boolean[] {true, false, true}, Lax.lt(i, j).toBooleanArray());
        assertArrayEquals(new boolean[] {false, true}, Lax.gt(bool(new boolean[] {false, true}, 2), bool(new boolean[] {true, false}, 2)).toBooleanArray());
    }

    @Test
    void broadcastingSizeOneDimsAndScalars() {
        Array col = f32(new float[] {1, 2}, 2, 1);
        Array row = f32(new float[] {10, 20, 30}, 1, 3);
        Array r = Lax.add(col, row);
        assertArrayEquals(new int[] {2, 3}, r.shape().dims());
        assertArrayEquals(new float[] {11, 21, 31, 12, 22, 32}, r.toFloatArray());
        Array s = Lax.sub(f32(100), row);
        assertArrayEquals(new int[] {1, 3}, s.shape().dims());
        assertArrayEquals(new float[] {90, 80, 70}, s.toFloatArray());
        Array m = Lax.mul(f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3), f32(2));
        assertArrayEquals(new float[] {2, 4, 6, 8, 10, 12}, m.toFloatArray());
        Array zeroD = Lax.add(f32(1.5f), f32(2f));
        assertArrayEquals(new int[0], zeroD.shape().dims());
        assertEquals(3.5f, zeroD.floatValue());
        assertArrayEquals(new boolean[] {true, false, true}, Lax.lt(i32(new int[] {1, 5, 2}, 3), i32(3)).toBooleanArray());
    }

    @Test
    void emptyArrays() {
        Array e = f32(new float[0], 0, 3);
        Array r = Lax.add(e, f32(new float[] {1, 2, 3}, 1, 3));
        assertArrayEquals(new int[] {0, 3}, r.shape().dims());
        assertEquals(0, r.toFloatArray().length);
        assertArrayEquals(new int[] {0, 3}, Lax.exp(e).shape().dims());
        assertArrayEquals(new int[] {0}, Lax.neg(i32(new int[0], 0)).shape().dims());
    }

    @Test
    void selectN() {
        Array a = f32(new float[] {1, 2, 3}, 3);
        Array b = f32(new float[] {10, 20, 30}, 3);
        Array c = f32(new float[] {100, 200, 300}, 3);
        assertArrayEquals(new float[] {10, 2, 30}, Lax.selectN(bool(new boolean[] {true, false, true}, 3), a, b).toFloatArray());
        assertArrayEquals(new float[] {10, 20, 30}, Lax.selectN(bool(true), a, b).toFloatArray());
        assertArrayEquals(new float[] {1, 2, 3}, Lax.selectN(bool(false), a, b).toFloatArray());
        assertArrayEquals(new float[] {100, 2, 30}, Lax.selectN(i32(new int[] {2, 0, 1}, 3), a, b, c).toFloatArray());
        assertArrayEquals(new float[] {100, 200, 300}, Lax.selectN(i32(2), a, b, c).toFloatArray());
        assertArrayEquals(new int[] {7}, Lax.selectN(bool(true), i32(3), i32(7)).toIntArray());
    }

    @Test
    void clampWithScalarAndFullBounds() {
        Array x = f32(new float[] {-5, 0.5f, 5, NAN}, 4);
        assertArrayEquals(new float[] {0, 0.5f, 1, NAN}, Lax.clamp(f32(0), x, f32(1)).toFloatArray());
        Array lo = f32(new float[] {-10, 1, 0, 0}, 4);
        assertArrayEquals(new float[] {-5, 1, 2, NAN}, Lax.clamp(lo, x, f32(2)).toFloatArray());
        assertArrayEquals(new int[] {-1, 0, 3}, Lax.clamp(i32(-1), i32(new int[] {-9, 0, 9}, 3), i32(3)).toIntArray());
    }

    @Test
    void convertElementType() {
        Array x = f32(new float[] {-1.7f, 2.9f, NAN, 0}, 4);
        assertArrayEquals(new int[] {-1, 2, 0, 0}, Lax.convertElementType(x, DType.INT32).toIntArray());
        assertArrayEquals(new boolean[] {true, true, true, false}, Lax.convertElementType(x, DType.BOOL).toBooleanArray());
        assertArrayEquals(new float[] {1, 0}, Lax.convertElementType(bool(new boolean[] {true, false}, 2), DType.FLOAT32).toFloatArray());
    }
}
