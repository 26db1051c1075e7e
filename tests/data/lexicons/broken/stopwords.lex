Fiscalité:
    le de la
