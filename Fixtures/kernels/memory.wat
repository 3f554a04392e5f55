;; Memory: a sieve of Eratosthenes over 1,000,000 bytes, 20 times; returns the prime count.
(module
  (memory 16)
  (func $sieve (result i32) (local $i i32) (local $j i32) (local $count i32)
    (memory.fill (i32.const 0) (i32.const 1) (i32.const 1000000))
    (local.set $i (i32.const 2))
    (loop $outer
      (if (i32.load8_u (local.get $i))
        (then
          (local.set $count (i32.add (local.get $count) (i32.const 1)))
          (local.set $j (i32.mul (local.get $i) (local.get $i)))
          (block $done
            (loop $inner
              (br_if $done (i32.ge_u (local.get $j) (i32.const 1000000)))
              (i32.store8 (local.get $j) (i32.const 0))
              (local.set $j (i32.add (local.get $j) (local.get $i)))
              (br $inner)))))
      (br_if $outer (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000))))
    (local.get $count))
  (func $run (export "run") (result i32) (local $n i32) (local $r i32)
    (local.set $n (i32.const 20))
    (loop $l
      (local.set $r (call $sieve))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $r))
  (func (export "_start") (drop (call $run))))
