import type { MappingCatalogue } from './types';

/** The 25 requirements of the Secure Supply Chain Consumption Framework, with their titles. */
export const s2c2fCatalogue: MappingCatalogue = {
	framework: 's2c2f',
	version: 'specification/framework.md at commit d0f0a7f (2025-05-26), document version 1.1',
	url: 'https://github.com/ossf/s2c2f/blob/main/specification/framework.md',
	readOn: '2026-12-07',
	titleLang: 'en',
	items: [
		{ id: 'ING-1', title: 'Use package managers trusted by your organization' },
		{ id: 'ING-2', title: 'Use an OSS binary repository manager solution' },
		{
			id: 'ING-3',
			title: 'Have a Deny List capability to block known malicious OSS from being consumed'
		},
		{ id: 'ING-4', title: 'Mirror a copy of all OSS source code to an internal location' },
		{ id: 'SCA-1', title: 'Scan OSS for known vulnerabilities' },
		{ id: 'SCA-2', title: 'Scan OSS for licenses' },
		{ id: 'SCA-3', title: 'Scan OSS to determine if its end-of-life' },
		{ id: 'SCA-4', title: 'Scan OSS for malware' },
		{ id: 'SCA-5', title: 'Perform proactive security analysis of OSS' },
		{ id: 'INV-1', title: 'Maintain an automated inventory of all OSS used in development' },
		{ id: 'INV-2', title: 'Have an OSS Incident Response Plan' },
		{ id: 'UPD-1', title: 'Update vulnerable OSS manually' },
		{ id: 'UPD-2', title: 'Enable automated OSS updates' },
		{
			id: 'UPD-3',
			title: 'Display OSS vulnerabilities in developer contribution flow (i.e. Pull Requests)'
		},
		{ id: 'AUD-1', title: 'Verify the provenance of your OSS' },
		{
			id: 'AUD-2',
			title: 'Audit that developers are consuming OSS through the approved ingestion method'
		},
		{ id: 'AUD-3', title: 'Validate integrity of the OSS that you consume into your build' },
		{ id: 'AUD-4', title: 'Validate SBOMs of OSS that you consume into your build' },
		{ id: 'ENF-1', title: 'Securely configure your package source files' },
		{
			id: 'ENF-2',
			title: 'Enforce usage of a curated OSS feed that enhances the trust of your OSS'
		},
		{
			id: 'REB-1',
			title:
				'Rebuild the OSS in a trusted build environment, or validate that it is reproducibly built'
		},
		{ id: 'REB-2', title: 'Digitally sign the OSS you rebuild' },
		{ id: 'REB-3', title: 'Generate SBOMs for OSS that you rebuild' },
		{ id: 'REB-4', title: 'Digitally sign the SBOMs you produce' },
		{
			id: 'FIX-1',
			title:
				'Implement a change in the code to address a zero-day vulnerability, rebuild, deploy to your organization, and confidentially contribute the fix to the upstream maintainer'
		}
	]
};
