@colour: rouge
Fiscalité:
    impôt
