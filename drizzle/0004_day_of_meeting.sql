ALTER TABLE "conference" ADD COLUMN "submissions_due_on" date;--> statement-breakpoint
ALTER TABLE "delegate" ADD COLUMN "reply_recorded_by_user_id" integer;--> statement-breakpoint
ALTER TABLE "meeting_state" ADD COLUMN "screen" text;--> statement-breakpoint
ALTER TABLE "meeting_state" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_reply_recorded_by_user_id_user_id_fk" FOREIGN KEY ("reply_recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;