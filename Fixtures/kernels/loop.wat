;; Loops: 100 million iterations of integer mixing in locals.
(module
  (func $run (export "run") (result i32) (local $i i32) (local $acc i32)
    (local.set $i (i32.const 100000000))
    (loop $l
      (local.set $acc (i32.add (i32.xor (local.get $acc) (local.get $i)) (i32.const 7)))
      (br_if $l (local.tee $i (i32.sub (local.get $i) (i32.const 1)))))
    (local.get $acc))
  (func (export "_start") (drop (call $run))))
