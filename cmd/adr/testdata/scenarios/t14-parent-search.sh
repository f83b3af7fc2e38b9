mkdir -p project/doc/adr project/sub
cd project/sub
adr new Found parent doc
cd ..
echo elsewhere > .adr-dir
cd sub
adr new Now elsewhere
cd ..
ls -R . | sort
