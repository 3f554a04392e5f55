;; A small script in the spec-test format, bundled with Tessera as the README example.
(module $adder
  (type $binop (func (param i32 i32) (result i32)))
  (func $add (export "add") (type $binop)
    (i32.add (local.get 0) (local.get 1)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello"))

(assert_return (invoke "add" (i32.const 2) (i32.const 40)) (i32.const 42))

(assert_invalid
  (module (func (result i32) (i64.const 1)))
  "type mismatch")

(assert_malformed
  (module binary "\00asm" "\02\00\00\00")
  "unknown binary version")

(assert_malformed
  (module quote "(func (i32.const 0x1_0000_0000) drop)")
  "constant out of range")

(module
  (rec
    (type $node (sub (struct (field $next (ref null $node)) (field $value i32)))))
  (type $leaf (sub final $node (struct (field $next (ref null $node)) (field $value i32))))
  (func (export "make") (param i32) (result (ref $node))
    (struct.new $leaf (ref.null $node) (local.get 0))))
