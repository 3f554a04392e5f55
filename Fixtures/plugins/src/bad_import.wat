;; Imports a name extism:host/env does not have: refused at load.
(module (import "extism:host/env" "does_not_exist" (func)) (func (export "run") (result i32) (i32.const 0)))
