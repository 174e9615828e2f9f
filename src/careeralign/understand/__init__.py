"""Understanding the inputs: the posting's level, employer kind and key terms."""
