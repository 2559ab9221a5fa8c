import nlp from 'compromise';
for (const w of ['government','people','brexit','telstra','huawei','vodafone','ericsson','spark','union','kent','nokia','zte']) console.log(w, nlp(w).json()[0].terms[0].tags.join('|'));
