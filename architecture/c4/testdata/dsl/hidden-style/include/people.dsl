customer = person "Customer"
teller = person "Teller"
