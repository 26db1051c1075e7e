Fiscalité:
    taxe NEAR/zero carbone
