;; Calls: naive recursive fib(32) = 2178309.
(module
  (func $fib (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
  (func $run (export "run") (result i32) (call $fib (i32.const 32)))
  (func (export "_start") (drop (call $run))))
