/** A stored screenshot, fetched once and cached, with the action's target drawn on it. */
import { useEffect, useState } from 'react';
import { useApi } from '../api/connect.js';
import type { Box } from './run-model.js';

const cache = new Map<string, string>();

export interface ScreenshotProps {
  sha256: string;
  runId?: string;
  /** Physical pixels; default the image's own size once loaded. */
  width?: number;
  height?: number;
  /** Physical per logical pixel; boxes are logical. */
  scale?: number;
  box?: Box;
  alt: string;
}

export function Screenshot({ sha256, runId, width, height, scale = 1, box, alt }: ScreenshotProps) {
  const api = useApi();
  const [url, setUrl] = useState(cache.get(sha256));
  const [failed, setFailed] = useState(false);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(width && height ? { width, height } : null);
  useEffect(() => {
    if (cache.has(sha256)) {
      setUrl(cache.get(sha256));
      return;
    }
    let live = true;
    api.invoke('screenshot.get', { sha256, ...(runId ? { runId } : {}) }).then(
      (result) => {
        cache.set(sha256, result.dataUrl);
        if (live) setUrl(result.dataUrl);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api, sha256, runId]);
  if (failed) return <div className="shot shot-missing">screenshot not available</div>;
  const logicalWidth = (natural?.width ?? 1) / scale;
  const logicalHeight = (natural?.height ?? 1) / scale;
  return (
    <figure className="shot" style={natural ? { aspectRatio: `${natural.width} / ${natural.height}` } : undefined}>
      {url ? (
        <img
          src={url}
          alt={alt}
          onLoad={(event) => {
            if (!natural) setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight });
          }}
        />
      ) : (
        <div className="shot-loading" aria-label="loading screenshot" />
      )}
      {box && natural && (
        <svg className="shot-overlay" viewBox={`0 0 ${logicalWidth} ${logicalHeight}`} preserveAspectRatio="none" aria-hidden="true">
          {box.width > 0 && box.height > 0 ? (
            <rect x={box.x - 2} y={box.y - 2} width={box.width + 4} height={box.height + 4} rx={3} className="shot-target" />
          ) : null}
          <circle cx={box.x + box.width / 2} cy={box.y + box.height / 2} r={Math.max(4, logicalWidth / 60)} className="shot-point" />
        </svg>
      )}
    </figure>
  );
}
