;; A helper module linked by name into linked.wat.
(module
  (func (export "triple") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3))))
