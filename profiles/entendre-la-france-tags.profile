name = Entendre la France (tags)
id = contribution
text = tag
question = question
