import { SPEECH_FORMS } from './src/lib/language/speech-verbs';
console.log(SPEECH_FORMS.join(' '));
