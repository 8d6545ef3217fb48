CREATE TABLE "import_draft" (
	"id" text PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"user_id" integer,
	"file_name" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "parent_body" text;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "issuer_short_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "signer_authority" text;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "signer_title" text DEFAULT 'CHỦ TỊCH' NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "signer_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "invitation_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "invitation_issued_on" date;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "invitation_notes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "invitation_recipients" jsonb DEFAULT '["Như thành phần mời", "Lưu: VT, VP"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "contact_info" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_draft" ADD CONSTRAINT "import_draft_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_draft" ADD CONSTRAINT "import_draft_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;