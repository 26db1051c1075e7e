Fiscalité:
    fisc*al
