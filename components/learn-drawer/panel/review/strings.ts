/**
 * The review's words in the four languages the drawer ships. All in this one module: it is a chunk
 * loaded only when someone opens the review, so there is nothing to gain from splitting it further.
 */
import { primaryLanguage } from '../../../shared/locale.js';

export interface ReviewStrings {
  heading: string;
  progress(index: number, total: number): string;
  fromLesson(title: string): string;
  pickOne: string;
  pickAll: string;
  check: string;
  right: string;
  wrong: string;
  correctAnswer: string;
  next: string;
  finish: string;
  done(right: number, total: number): string;
  doneHint: string;
  emptyTitle: string;
  emptyBody: string;
  pausedTitle: string;
  pausedBody: string;
  pause: string;
  pauseHint: string;
  resume: string;
  loading: string;
  loadError: string;
  retry: string;
}

const en: ReviewStrings = {
  heading: 'Review',
  progress: (index, total) => `Question ${index} of ${total}`,
  fromLesson: (title) => `From the lesson “${title}”`,
  pickOne: 'Choose one answer.',
  pickAll: 'Choose every answer that applies.',
  check: 'Check answer',
  right: 'Right.',
  wrong: 'Not quite.',
  correctAnswer: 'The right answer:',
  next: 'Next question',
  finish: 'Finish review',
  done: (right, total) => `Done for today: ${right} of ${total} right.`,
  doneHint: 'Questions you got right come back later and later until they stick; missed ones come back tomorrow.',
  emptyTitle: 'Nothing to review right now',
  emptyBody: 'Questions from lessons you finish come back here on a growing schedule: the next day, then after 2, 4, 8 and 16 days.',
  pausedTitle: 'Review is paused',
  pausedBody: 'Nothing comes due while it is paused. When you resume, every question moves on by the time you were away, so no backlog piles up.',
  pause: 'Pause review',
  pauseHint: 'Away for a while? Pause so questions don’t pile up.',
  resume: 'Resume review',
  loading: 'Loading questions…',
  loadError: 'The questions could not be loaded.',
  retry: 'Try again',
};

const sv: ReviewStrings = {
  heading: 'Repetition',
  progress: (index, total) => `Fråga ${index} av ${total}`,
  fromLesson: (title) => `Från lektionen ”${title}”`,
  pickOne: 'Välj ett svar.',
  pickAll: 'Välj alla svar som stämmer.',
  check: 'Kontrollera svaret',
  right: 'Rätt.',
  wrong: 'Inte riktigt.',
  correctAnswer: 'Rätt svar:',
  next: 'Nästa fråga',
  finish: 'Avsluta repetitionen',
  done: (right, total) => `Klart för i dag: ${right} av ${total} rätt.`,
  doneHint: 'Frågor du svarat rätt på kommer tillbaka med allt längre mellanrum; missade kommer tillbaka i morgon.',
  emptyTitle: 'Inget att repetera just nu',
  emptyBody: 'Frågor från lektioner du gör klart kommer tillbaka här med växande mellanrum: nästa dag, sedan efter 2, 4, 8 och 16 dagar.',
  pausedTitle: 'Repetitionen är pausad',
  pausedBody: 'Inget förfaller medan den är pausad. När du fortsätter flyttas varje fråga fram lika länge som du var borta, så inget hopar sig.',
  pause: 'Pausa repetitionen',
  pauseHint: 'Borta ett tag? Pausa så att frågorna inte hopar sig.',
  resume: 'Fortsätt repetitionen',
  loading: 'Hämtar frågorna…',
  loadError: 'Frågorna kunde inte hämtas.',
  retry: 'Försök igen',
};

const de: ReviewStrings = {
  heading: 'Wiederholung',
  progress: (index, total) => `Frage ${index} von ${total}`,
  fromLesson: (title) => `Aus der Lektion „${title}“`,
  pickOne: 'Wählen Sie eine Antwort.',
  pickAll: 'Wählen Sie alle zutreffenden Antworten.',
  check: 'Antwort prüfen',
  right: 'Richtig.',
  wrong: 'Nicht ganz.',
  correctAnswer: 'Die richtige Antwort:',
  next: 'Nächste Frage',
  finish: 'Wiederholung beenden',
  done: (right, total) => `Für heute erledigt: ${right} von ${total} richtig.`,
  doneHint: 'Richtig beantwortete Fragen kommen in immer größeren Abständen wieder, verpasste schon morgen.',
  emptyTitle: 'Gerade nichts zu wiederholen',
  emptyBody: 'Fragen aus abgeschlossenen Lektionen kommen hier in wachsenden Abständen wieder: am nächsten Tag, dann nach 2, 4, 8 und 16 Tagen.',
  pausedTitle: 'Die Wiederholung ist pausiert',
  pausedBody: 'Solange sie pausiert ist, wird nichts fällig. Wenn Sie fortsetzen, verschiebt sich jede Frage um die Zeit Ihrer Abwesenheit – es staut sich nichts an.',
  pause: 'Wiederholung pausieren',
  pauseHint: 'Eine Weile weg? Pausieren Sie, damit sich keine Fragen anstauen.',
  resume: 'Wiederholung fortsetzen',
  loading: 'Fragen werden geladen…',
  loadError: 'Die Fragen konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
};

const ar: ReviewStrings = {
  heading: 'المراجعة',
  progress: (index, total) => `السؤال ${index} من ${total}`,
  fromLesson: (title) => `من درس «${title}»`,
  pickOne: 'اختر إجابة واحدة.',
  pickAll: 'اختر كل الإجابات الصحيحة.',
  check: 'تحقق من الإجابة',
  right: 'صحيح.',
  wrong: 'ليس تمامًا.',
  correctAnswer: 'الإجابة الصحيحة:',
  next: 'السؤال التالي',
  finish: 'إنهاء المراجعة',
  done: (right, total) => `انتهيت لليوم: الإجابات الصحيحة ${right} من ${total}.`,
  doneHint: 'الأسئلة التي أجبت عنها بشكل صحيح تعود بعد فترات أطول فأطول، والتي أخطأت فيها تعود غدًا.',
  emptyTitle: 'لا شيء للمراجعة الآن',
  emptyBody: 'تعود أسئلة الدروس التي تكملها إلى هنا على فترات متزايدة: في اليوم التالي، ثم بعد 2 و4 و8 و16 يومًا.',
  pausedTitle: 'المراجعة متوقفة مؤقتًا',
  pausedBody: 'لا يستحق أي سؤال أثناء الإيقاف. عند الاستئناف يتأخر كل سؤال بقدر مدة غيابك، فلا تتراكم الأسئلة.',
  pause: 'إيقاف المراجعة مؤقتًا',
  pauseHint: 'ستغيب لفترة؟ أوقف المراجعة حتى لا تتراكم الأسئلة.',
  resume: 'استئناف المراجعة',
  loading: 'جارٍ تحميل الأسئلة…',
  loadError: 'تعذر تحميل الأسئلة.',
  retry: 'حاول مرة أخرى',
};

const BY_LANGUAGE: Record<string, ReviewStrings> = { en, sv, de, ar };

export function reviewStrings(locale: string): ReviewStrings {
  return BY_LANGUAGE[primaryLanguage(locale)] ?? en;
}
