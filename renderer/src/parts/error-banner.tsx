/** A form's error, announced as an alert; nothing when there is none. */
export function ErrorBanner({ error }: { error: string | null }) {
  return error ? (
    <p className="banner bad" role="alert">
      {error}
    </p>
  ) : null;
}
