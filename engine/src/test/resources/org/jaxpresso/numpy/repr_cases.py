"""Generates repr_cases.txt: JAX's repr (jax/_src/array.py __repr__) of numpy arrays.

Run once with numpy (`/usr/bin/python3 repr_cases.py > repr_cases.txt`); the Java test only
reads the output. Values are stored as bit patterns so that Java rebuilds them exactly.
"""
import numpy as np

LINE_WIDTH = 75


def jax_repr(x, weak=False):
    prefix = 'Array('
    dtype_str = f'dtype={x.dtype.name}, weak_type=True)' if weak else f'dtype={x.dtype.name})'
    if x.size == 0:
        s = f"[], shape={x.shape}"
    else:
        s = np.array2string(x, prefix=prefix, suffix=',', separator=', ', max_line_width=LINE_WIDTH)
    last_line_len = len(s) - s.rfind('\n') + 1
    sep = ' '
    if last_line_len + len(dtype_str) + 1 > LINE_WIDTH:
        sep = ' ' * len(prefix)
    return f"{prefix}{s},{sep}{dtype_str}"


def encode(x):
    flat = x.reshape(-1)
    if x.dtype == np.float32:
        return ' '.join('%08x' % v for v in flat.view(np.uint32))
    if x.dtype == np.float64:
        return ' '.join('%016x' % v for v in flat.view(np.uint64))
    if x.dtype == np.bool_:
        return ' '.join('1' if v else '0' for v in flat)
    return ' '.join(str(int(v)) for v in flat)


cases = []


def case(name, x, weak=False):
    cases.append((name, np.asarray(x), weak))


f32, f64, i32, i64 = np.float32, np.float64, np.int32, np.int64
case('floats', np.array([11., 20., 29.], f32))
case('arange', np.arange(5, dtype=i32))
case('weak scalar', np.array(1., f32), True)
case('weak int scalar', np.array(42, i32), True)
case('scalar 3.5', np.array(3.5, f32), True)
case('bools', np.array([True, False]))
case('bool scalar', np.array(True))
case('false scalar', np.array(False))
case('matrix', np.array([[1., 2.], [3., 4.]], f32))
case('int matrix', np.array([[1, 2, 3], [4, 5, 6]], i32))
case('halves', np.array([0., 0.5, 1., 1.5, 2.], f32))
case('linspace 50', np.linspace(0, 1, 50).astype(f32))
case('linspace 7', np.linspace(0, 1, 7).astype(f32))
case('tiny scalar', np.array(1e-5, f32))
case('tiny pair', np.array([1e-5, 1.5e-5], f32))
case('ratio', np.array([1., 1e5], f32))
case('ratio just below', np.array([1., 999.], f32))
case('large', np.array([1e8], f32))
case('large mixed', np.array([1.5e10, -2.25e-3, 0.], f32))
case('nan mix', np.array([np.nan, 1.5, -np.inf], f32))
case('nan inf', np.array([np.nan, np.inf], f32))
case('neg inf', np.array([-np.inf], f32))
case('nan only', np.array([np.nan], f32))
case('nan scalar', np.array(np.nan, f32), True)
case('nan exp', np.array([np.nan, 1e-7, 3e-6], f32))
case('neg zero', np.array([-0.0, 1.0], f32))
case('zeros', np.zeros(4, f32))
case('zero scalar', np.array(0., f32))
case('thirds', np.array([1 / 3, 2 / 3, 0.1], f32))
case('f64 thirds', np.array([1 / 3, 2 / 3, 0.1], f64))
case('f64 maxprec', np.array([0.123456789123, 12345.678901234], f64))
case('f64 huge', np.array([1e100, 1., -3e-200], f64))
case('f64 subnormal', np.array([5e-324, 1.], f64))
case('ints neg', np.array([-5, 100, 3], i32))
case('int64 big', np.array([2 ** 40, -7], i64))
case('empty', np.zeros((0,), f32))
case('empty 2d', np.zeros((0, 3), f32))
case('empty 2d int', np.zeros((2, 0), i32))
case('3d int', np.arange(24, dtype=i32).reshape(2, 3, 4))
case('3d float', (np.arange(24, dtype=f32) / 4).reshape(2, 3, 4))
case('4d', np.arange(16, dtype=f32).reshape(2, 2, 2, 2))
case('long row', np.arange(40, dtype=f32) * 1.25)
case('long int row', np.arange(100, dtype=i32) * 37)
case('wide matrix', np.arange(60, dtype=f32).reshape(3, 20) / 7)
case('bool long', np.arange(30) % 3 == 0)
case('bool matrix', (np.arange(12) % 2 == 0).reshape(3, 4))
case('summary int', np.arange(2000, dtype=i32))
case('summary int 1001', np.arange(1001, dtype=i32))
case('summary 2d', np.arange(1600, dtype=f32).reshape(40, 40) / 3)
case('summary 3d', np.arange(1100, dtype=i32).reshape(10, 10, 11))
case('summary rows', np.arange(3000, dtype=f32).reshape(3, 1000))
case('summary cols', np.arange(3000, dtype=i32).reshape(1000, 3))
case('summary bool', np.arange(1001) % 2 == 0)
case('exactly 1000', np.arange(1000, dtype=i32))
case('summary with big hidden', np.concatenate([np.ones(3, f32), np.full(1000, 1e9, f32), np.ones(3, f32)]))

rng = np.random.default_rng(1234)
for scale in [1e-6, 1e-3, 0.1, 1., 10., 1000., 1e6, 1e9]:
    case(f'randn f32 x{scale}', (rng.standard_normal(7) * scale).astype(f32))
    case(f'randn f64 x{scale}', rng.standard_normal(5) * scale)
for shape in [(3,), (4, 5), (2, 3, 4), (1, 1), (6, 1), (1, 9), (2, 1, 3, 2)]:
    case(f'uniform {shape}', rng.uniform(-10, 10, shape).astype(f32))
    case(f'ints {shape}', rng.integers(-1000, 1000, shape).astype(i32))
for n in [5, 13, 31]:
    x = rng.standard_normal(n).astype(f32)
    x[rng.integers(0, n, 2)] = np.nan
    case(f'randn with nan {n}', x)
    case(f'exp spread {n}', (10.0 ** rng.uniform(-8, 8, n)).astype(f32))
    case(f'positives {n}', rng.uniform(0, 100, n).astype(f32))
case('randn weak', np.array(rng.standard_normal(), f32), True)
case('randn matrix 8x8', rng.standard_normal((8, 8)).astype(f32))
case('randn matrix 5x12', rng.standard_normal((5, 12)).astype(f32) * 100)
case('randn f64 matrix', rng.standard_normal((4, 6)))
case('randn big', rng.standard_normal((30, 50)).astype(f32))
case('rounded', np.round(rng.uniform(0, 10, 9), 2).astype(f32))
case('f32 integers', rng.integers(-50, 50, 11).astype(f32))

for name, x, weak in cases:
    r = jax_repr(x, weak)
    lines = r.split('\n')
    print('case ' + name)
    print('dtype ' + x.dtype.name)
    print('weak ' + ('1' if weak else '0'))
    print('shape ' + ','.join(str(d) for d in x.shape))
    print('values ' + encode(x))
    print('expected %d' % len(lines))
    for line in lines:
        print(line)
