/**
 * The words that make a control or a page risky, by kind of harm, in the
 * common forms of English, German, French, Spanish, Italian, Portuguese and
 * Dutch. Matching is on whole words (Unicode-aware), case-insensitive.
 *
 * Two tiers: `ACT` words on a control mean the control itself pays, deletes,
 * sends or hands over credentials; `CONTEXT` words on the page mean the page
 * is about money, deletion, sending or credentials, so a generic "OK",
 * "Submit" or "Yes, I'm sure" there is not known to be harmless.
 */
import { escapeRegExp } from '../core/reg-exp.js';

export type RiskKind = 'money' | 'deletion' | 'sending' | 'credentials';

/** A case-insensitive whole-word matcher for any of the phrases. */
function words(phrases: readonly string[]): RegExp {
  const alternation = phrases
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '[\\s\\u00a0_-]+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Words on a control that mean pressing it does the harmful thing. */
export const ACT_WORDS: Record<RiskKind, RegExp> = {
  money: words([
    'pay', 'pay now', 'payment', 'purchase', 'buy', 'buy now', 'checkout', 'check out', 'place order', 'order now', 'confirm order',
    'submit order', 'complete order', 'complete purchase', 'transfer', 'wire', 'send money', 'donate', 'subscribe', 'upgrade', 'withdraw',
    'bezahlen', 'zahlen', 'jetzt kaufen', 'kaufen', 'bestellen', 'zahlungspflichtig bestellen', 'überweisen', 'spenden',
    'payer', 'acheter', 'commander', 'virement', 'transférer', 'valider la commande',
    'pagar', 'comprar', 'transferir', 'realizar pedido', 'finalizar compra',
    'paga', 'acquista', 'ordina', 'bonifico',
    'betalen', 'kopen', 'overmaken', 'afrekenen',
  ]),
  deletion: words([
    'delete', 'remove', 'erase', 'destroy', 'uninstall', 'format', 'drop', 'purge', 'wipe', 'discard', 'trash', 'empty trash',
    'cancel subscription', 'cancel account', 'cancel membership', 'cancel order', 'cancel plan', 'close account', 'deactivate',
    'terminate', 'revoke', 'reset', 'unsubscribe', 'factory reset', 'delete account',
    'löschen', 'entfernen', 'kündigen', 'vernichten', 'zurücksetzen',
    'supprimer', 'effacer', 'résilier', 'désinstaller', 'détruire',
    'eliminar', 'borrar', 'cancelar suscripción', 'darse de baja',
    'elimina', 'cancella', 'rimuovi',
    'excluir', 'apagar', 'remover',
    'verwijderen', 'wissen', 'opzeggen',
  ]),
  sending: words([
    'send', 'send now', 'post', 'publish', 'share', 'tweet', 'reply all', 'forward', 'broadcast',
    'senden', 'absenden', 'abschicken', 'versenden', 'veröffentlichen', 'teilen',
    'envoyer', 'publier', 'partager',
    'enviar', 'publicar', 'compartir',
    'invia', 'pubblica', 'condividi',
    'verzenden', 'versturen', 'publiceren', 'delen',
  ]),
  credentials: words([
    'change password', 'reset password', 'update password', 'set password', 'generate api key', 'new api key', 'regenerate',
    'disable two-factor', 'disable 2fa', 'authorize', 'grant access',
    'passwort ändern', 'changer le mot de passe', 'cambiar contraseña', 'cambia password', 'wachtwoord wijzigen',
  ]),
};

/** Symbols that mean deletion on an icon button (🗑️, ❌, ✖). */
export const DELETION_SYMBOLS = /[\u{1F5D1}\u{274C}\u{2716}\u{1F6AE}]/u;

/** Words on the page that put it in a risky context. */
export const CONTEXT_WORDS: Record<RiskKind, RegExp> = {
  money: words([
    'payment', 'pay', 'card number', 'credit card', 'billing', 'invoice', 'transfer', 'wire', 'iban', 'swift', 'bic', 'account number',
    'routing number', 'total', 'amount', 'price', 'checkout', 'order', 'subscription', 'balance', 'beneficiary', 'recipient bank',
    'zahlung', 'betrag', 'gesamt', 'überweisung', 'paiement', 'montant', 'pago', 'importe', 'pagamento', 'importo', 'betaling', 'bedrag',
  ]),
  deletion: words([
    'delete', 'deletion', 'remove', 'permanently', 'cannot be undone', "can't be undone", 'irreversible', 'are you sure', 'erase',
    'destroy', 'drop', 'cancel subscription', 'close account', 'deactivate', 'wipe',
    'löschen', 'endgültig', 'supprimer', 'définitivement', 'eliminar', 'permanentemente', 'eliminare', 'verwijderen', 'definitief',
  ]),
  sending: words([
    'recipient', 'recipients', 'compose', 'new message', 'reply', 'forward', 'bcc', 'publish', 'tweet',
    'empfänger', 'destinataire', 'destinatario', 'ontvanger',
  ]),
  credentials: words([
    'new password', 'current password', 'change password', 'api key', 'access token', 'two-factor', '2fa', 'credentials',
    'neues passwort', 'nouveau mot de passe', 'nueva contraseña', 'nuova password', 'nieuw wachtwoord',
  ]),
};

/**
 * Generic "go ahead" captions: harmless on their own, but on a page about
 * money, deletion, sending or credentials they commit whatever the page is
 * about.
 */
export const AFFIRMATIVE_WORDS = words([
  'ok', 'okay', 'yes', "yes, i'm sure", 'i am sure', "i'm sure", 'sure', 'confirm', 'continue', 'proceed', 'accept', 'agree', 'i agree',
  'submit', 'apply', 'save', 'update', 'change', 'finish', 'allow', 'approve', 'sign', 'log in', 'sign in',
  'ja', 'bestätigen', 'weiter', 'fortfahren', 'absenden', 'speichern', 'oui', 'confirmer', 'continuer', 'valider', 'enregistrer',
  'sí', 'si', 'confirmar', 'continuar', 'aceptar', 'guardar', 'conferma', 'continua', 'salva', 'sim', 'bevestigen', 'doorgaan', 'opslaan',
  '✓', '✔',
]);

/** Captions that back out; never risky. */
export const NEGATIVE_WORDS = words(['cancel', 'no', 'back', 'close', 'dismiss', 'abbrechen', 'annuler', 'cancelar', 'annulla', 'annuleren', 'nein', 'non']);

/** Amounts of money: "$5,000", "5 000 €", "EUR 12.50", "12.50 USD". */
export const AMOUNT = /(?:[$€£¥₹]\s?\d|\d[\d.,\s]*\s?[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|JPY)\s?\d|\d\s?(?:USD|EUR|GBP|CHF|JPY)\b)/;
