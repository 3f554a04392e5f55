;; Floats: a 400x400 mandelbrot at 50 iterations; returns the number of points inside.
(module
  (func $run (export "run") (result i32)
    (local $px i32) (local $py i32) (local $k i32) (local $inside i32)
    (local $cr f64) (local $ci f64) (local $zr f64) (local $zi f64) (local $t f64)
    (loop $rows
      (local.set $px (i32.const 0))
      (loop $cols
        (local.set $cr (f64.sub (f64.div (f64.convert_i32_s (local.get $px)) (f64.const 133.0)) (f64.const 2.0)))
        (local.set $ci (f64.sub (f64.div (f64.convert_i32_s (local.get $py)) (f64.const 200.0)) (f64.const 1.0)))
        (local.set $zr (f64.const 0)) (local.set $zi (f64.const 0)) (local.set $k (i32.const 0))
        (block $escaped
          (loop $iter
            (br_if $escaped (f64.gt (f64.add (f64.mul (local.get $zr) (local.get $zr))
                                             (f64.mul (local.get $zi) (local.get $zi))) (f64.const 4.0)))
            (local.set $t (f64.add (f64.sub (f64.mul (local.get $zr) (local.get $zr))
                                            (f64.mul (local.get $zi) (local.get $zi))) (local.get $cr)))
            (local.set $zi (f64.add (f64.mul (f64.const 2.0) (f64.mul (local.get $zr) (local.get $zi))) (local.get $ci)))
            (local.set $zr (local.get $t))
            (br_if $iter (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 1))) (i32.const 50))))
          (local.set $inside (i32.add (local.get $inside) (i32.const 1))))
        (br_if $cols (i32.lt_u (local.tee $px (i32.add (local.get $px) (i32.const 1))) (i32.const 400))))
      (br_if $rows (i32.lt_u (local.tee $py (i32.add (local.get $py) (i32.const 1))) (i32.const 400))))
    (local.get $inside))
  (func (export "_start") (drop (call $run))))
