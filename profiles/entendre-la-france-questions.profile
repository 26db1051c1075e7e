name = Entendre la France (questions)
id = id_elf
text = question_elf
topic = theme
