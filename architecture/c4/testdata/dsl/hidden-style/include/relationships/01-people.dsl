customer -> app "Transfers money with"
teller -> core "Corrects entries in"
