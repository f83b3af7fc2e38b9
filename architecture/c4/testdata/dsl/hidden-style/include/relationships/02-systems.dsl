teller -> customer "Helps"
