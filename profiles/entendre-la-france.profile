name = Entendre la France
id = customer_id
text = answer
question = question_name
topic = theme
author = customer_id
