"""The critic: rules over an analysed answer, scores, and the engine that runs them."""
