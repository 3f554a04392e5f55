print("tessera-codegen: not yet implemented")
