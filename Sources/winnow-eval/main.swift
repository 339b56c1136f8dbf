print("winnow-eval: not yet")
