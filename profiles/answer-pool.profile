name = granddebat.fr answer pool
text = text
question = question_id
