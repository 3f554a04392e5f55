;; Main module of a two-module plugin: imports "helper"."triple".
(module
  (import "helper" "triple" (func $triple (param i32) (result i32)))
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
  (import "extism:host/env" "input_load_u8" (func $input_load_u8 (param i64) (result i32)))
  (import "extism:host/env" "output_set" (func $output_set (param i64 i64)))
  (func (export "run") (result i32) (local $h i64)
    (local.set $h (call $alloc (i64.const 1)))
    (call $store_u8 (local.get $h)
      (i32.add (i32.const 48) (call $triple (i32.sub (call $input_load_u8 (i64.const 0)) (i32.const 48)))))
    (call $output_set (local.get $h) (i64.const 1))
    (i32.const 0)))
