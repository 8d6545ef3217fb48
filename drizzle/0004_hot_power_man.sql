ALTER TABLE "meeting_state" ADD COLUMN "screen" text;--> statement-breakpoint
ALTER TABLE "meeting_state" ADD COLUMN "ended_at" timestamp with time zone;